# expect: exit 1
# stderr: SyntaxError: Missing parentheses in call to 'print'
# same-as-cpython
# why: a Python 2 print statement
import asyncio
print "hello"
