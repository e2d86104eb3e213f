import asyncio


def announce(task):
    print(f"callback: {task.get_name()} is done, cancelled={task.cancelled()}")


async def job(seconds, value):
    await asyncio.sleep(seconds)
    return value


async def main():
    quick = asyncio.create_task(job(1, 42), name="quick")
    slow = asyncio.create_task(job(5, 99), name="slow")
    quick.add_done_callback(announce)
    slow.add_done_callback(announce)
    print("quick done?", quick.done())
    try:
        quick.result()
    except asyncio.InvalidStateError as err:
        print("too early:", err)
    await asyncio.sleep(2)
    print("quick done?", quick.done(), "result:", quick.result(),
          "exception:", quick.exception())
    slow.cancel()
    print("slow cancelled?", slow.cancelled())
    await asyncio.sleep(0)
    print("slow cancelled?", slow.cancelled())


asyncio.run(main())
