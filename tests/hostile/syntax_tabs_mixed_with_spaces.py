# expect: exit 1
# stderr: TabError: inconsistent use of tabs and spaces in indentation
# same-as-cpython
# why: one block indented with a tab, the next line with eight spaces
import asyncio

async def main():
	if True:
		await asyncio.sleep(0)
        print("spaces")

asyncio.run(main())
