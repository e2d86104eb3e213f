# Tasks copy the current context at creation; create_task(context=) and Task(context=) (3.11) share a given one.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def worker(name, new_value=None):
    print(f"{name} starts and sees {request.get()}")
    if new_value is not None:
        request.set(new_value)
        print(f"{name} set {new_value}")
    await asyncio.sleep(0.1)
    print(f"{name} ends and sees {request.get()}")


async def main():
    loop = asyncio.get_running_loop()
    request.set("r1")
    t1 = asyncio.create_task(worker("copy-1", "from-copy-1"))
    request.set("r2")
    t2 = asyncio.create_task(worker("copy-2"))
    await asyncio.gather(t1, t2)
    print("main sees", request.get())

    shared = contextvars.copy_context()
    a = asyncio.create_task(worker("shared-a", "from-a"), context=shared)
    b = loop.create_task(worker("shared-b"), context=shared)
    c = asyncio.Task(worker("shared-c"), context=shared)
    await asyncio.gather(a, b, c)
    print("shared ctx holds", shared[request], "| main still", request.get())
    print("task names:", a.get_name(), b.get_name(), c.get_name())


asyncio.run(main())
