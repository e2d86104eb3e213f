# expect: exit 0
# stdout: captured 'hidden\n'
# same-as-cpython
# why: replaces sys.stdout with a StringIO, then restores it
import asyncio
import io
import sys

async def main():
    saved = sys.stdout
    sys.stdout = io.StringIO()
    print("hidden")
    captured = sys.stdout.getvalue()
    sys.stdout = saved
    print("captured", repr(captured))

asyncio.run(main())
