# Retry with exponential backoff around a flaky call that succeeds on the fourth try.
import asyncio
import time

attempts = 0


async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0.1)
    if attempts < 4:
        raise ConnectionError(f"attempt {attempts} failed")
    return "payload"


async def retry(call, tries=5, delay=0.5):
    for n in range(tries):
        try:
            return await call()
        except ConnectionError as error:
            print(f"{time.monotonic():.2f} {error}; retrying in {delay} s")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")


print(asyncio.run(retry(flaky)), f"at {time.monotonic():.2f}")
