# asyncio.Runner runs every coroutine in one context of its own; separate asyncio.run calls each start fresh.
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)


async def bump(label):
    counter.set(counter.get() + 1)
    await asyncio.sleep(0.5)
    print(f"{label}: counter={counter.get()} at {asyncio.get_running_loop().time()}")


with asyncio.Runner() as runner:
    runner.run(bump("runner #1"))
    runner.run(bump("runner #2"))
    own = contextvars.copy_context()
    runner.run(bump("runner with own ctx"), context=own)
    runner.run(bump("runner #3"))
    print("own ctx counter:", own[counter])

asyncio.run(bump("asyncio.run #1"))
asyncio.run(bump("asyncio.run #2"))
print("outside: counter =", counter.get())
