# Done callbacks run in the context copied when add_done_callback was called, or the context= passed to it.
import asyncio
import contextvars

tag = contextvars.ContextVar("tag", default="-")


def report(fut):
    print(f"done callback sees tag={tag.get()} result={fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tag.set("first")
    fut.add_done_callback(report)
    tag.set("second")
    fut.add_done_callback(report)
    special = contextvars.Context()
    special.run(tag.set, "special")
    fut.add_done_callback(report, context=special)
    tag.set("third")
    loop.call_later(1, fut.set_result, "ok")
    await fut
    print("main sees", tag.get())

    done = loop.create_future()
    done.set_result("already")
    tag.set("fourth")
    done.add_done_callback(report)
    tag.set("fifth")
    await asyncio.sleep(0)


asyncio.run(main())
