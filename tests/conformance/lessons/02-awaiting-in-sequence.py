import asyncio


async def fetch(what, seconds):
    print(f"fetching {what}")
    await asyncio.sleep(seconds)        # stand-in for a slow network call
    print(f"got {what} after {seconds} s")
    return f"{what} data"


async def main():
    users = await fetch("users", 2)     # main waits here until users arrive...
    posts = await fetch("posts", 1)     # ...and only then asks for posts
    print(f"main has {users} and {posts}")


asyncio.run(main())
