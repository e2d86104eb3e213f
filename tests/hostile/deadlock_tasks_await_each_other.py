# expect: stopped deadlock
# stderr: deadlock at t=1.000
# stderr: a at line 13 in worker() waits for b
# stderr: b at line 13 in worker() waits for a
# stderr: Task-1 at line 18 in main() waits for gather(a, b)
# why: two tasks each awaiting the other
import asyncio

tasks = {}

async def worker(me, other):
    await asyncio.sleep(1)
    await tasks[other]

async def main():
    tasks["a"] = asyncio.create_task(worker("a", "b"), name="a")
    tasks["b"] = asyncio.create_task(worker("b", "a"), name="b")
    await asyncio.gather(*tasks.values())

asyncio.run(main())
