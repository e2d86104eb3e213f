# Three simulated downloads run concurrently: the virtual clock jumps from timer to
# timer, so the whole program "takes" 3 seconds and ends at once.
import asyncio
import time


async def download(name, seconds):
    print(f"{time.monotonic():5.2f}  {name}: started")
    await asyncio.sleep(seconds)
    print(f"{time.monotonic():5.2f}  {name}: done after {seconds} s")
    return len(name) * 100


async def main():
    started = time.perf_counter()
    sizes = await asyncio.gather(
        download("index.html", 1.5),
        download("style.css", 0.5),
        download("photo.jpg", 3),
    )
    print(f"{time.monotonic():5.2f}  all done: {sum(sizes)} bytes "
          f"in {time.perf_counter() - started:.1f} s (not 5 s: they overlapped)")


asyncio.run(main())
