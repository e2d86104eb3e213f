# expect: exit 1
# stderr: SyntaxError: Non-UTF-8 code starting with '\xe9'
# same-as-cpython
# why: a Latin-1 byte in a comment is still not UTF-8
import asyncio
# café au lait
print("ran")
