# expect: exit 1
# stderr: SyntaxError: 'await' outside function
# same-as-cpython
# why: 'await' at module level, outside any function
import asyncio

print("never printed")
await asyncio.sleep(1)
