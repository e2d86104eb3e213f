import asyncio


async def fetch(what, seconds):
    print(f"fetching {what}")
    await asyncio.sleep(seconds)
    print(f"got {what} after {seconds} s")
    return f"{what} data"


async def main():
    users, posts = await asyncio.gather(fetch("users", 2), fetch("posts", 1))
    print(f"main has {users} and {posts}")


asyncio.run(main())
