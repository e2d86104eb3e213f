# expect: exit 1
# stderr: SyntaxError: '[' was never closed
# same-as-cpython
# why: a list literal runs to the end of the file
import asyncio

delays = [1, 2,
          3, 4,
