# expect: exit 1
# stderr: SyntaxError: 'await' outside async function
# same-as-cpython
# why: 'await' inside an ordinary (not async) function
import asyncio

def main():
    await asyncio.sleep(1)

main()
