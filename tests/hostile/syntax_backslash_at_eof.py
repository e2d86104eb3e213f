# expect: exit 1
# stderr: SyntaxError
# same-as-cpython
# why: a line continuation backslash as the last byte of the file
import asyncio
total = 1 + \