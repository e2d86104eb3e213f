# A crawler simulation: pages link to pages, at most three fetches at once, each URL once.
import asyncio
import random

LINKS = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a1", "/a2", "/"],
    "/b": ["/b1", "/a"],
    "/c": ["/c1", "/c2", "/c3"],
    "/a1": [], "/a2": ["/b1"], "/b1": ["/c1"], "/c1": [], "/c2": [], "/c3": ["/"],
}


async def crawl(start):
    limit = asyncio.Semaphore(3)
    seen = {start}
    fetched = []
    active = 0
    peak = 0

    async def fetch(url):
        nonlocal active, peak
        async with limit:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(random.uniform(0.1, 0.5))
            active -= 1
        fetched.append(url)
        children = [u for u in LINKS[url] if u not in seen]
        seen.update(children)
        await asyncio.gather(*(fetch(u) for u in children))

    await fetch(start)
    return fetched, peak


fetched, peak = asyncio.run(crawl("/"))
print(fetched)
print("peak concurrency:", peak, "pages:", len(fetched))
