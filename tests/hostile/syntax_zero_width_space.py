# expect: exit 1
# stderr: SyntaxError: invalid non-printable character U+200B
# same-as-cpython
# why: an invisible zero-width space pasted into a line
import asyncio

async def main():
    await asyncio.sleep(1)​

asyncio.run(main())
