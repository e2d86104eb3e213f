# expect: exit 1
# stderr: SyntaxError: 'async with' outside async function
# same-as-cpython
# why: 'async with' inside an ordinary function
import asyncio

def main():
    lock = asyncio.Lock()
    async with lock:
        print("locked")

main()
