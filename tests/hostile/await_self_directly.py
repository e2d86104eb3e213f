# expect: exit 1
# stderr: RuntimeError: Task cannot await on itself
# same-as-cpython
# why: a task awaiting itself directly: CPython refuses with RuntimeError
import asyncio

async def main():
    await asyncio.current_task()

asyncio.run(main())
