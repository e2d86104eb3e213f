# expect: exit 0
# stdout: cr only works
# same-as-cpython
# why: old Mac line endings: only a carriage return between the lines of the program
import asyncioasync def main():    await asyncio.sleep(1)    print("cr only works")asyncio.run(main())