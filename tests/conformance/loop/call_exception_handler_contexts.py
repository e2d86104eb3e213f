# The default handler formats contexts: fallback message, extra keys sorted and repr'd, exception traceback.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "plain message"})
    loop.call_exception_handler({})
    loop.call_exception_handler({"message": "", "zeta": "last", "alpha": [1, 2], "mid": None})
    loop.call_exception_handler({"message": "with exception, never raised",
                                 "exception": ValueError("unraised")})
    try:
        {}["missing"]
    except KeyError as exc:
        loop.call_exception_handler({"message": "with raised exception", "exception": exc})
    fut = loop.create_future()
    fut.set_result(3)
    loop.call_exception_handler({"message": "with a future", "future": fut})

    def delegating(loop, context):
        print("custom sees:", context["message"])
        context = dict(context, message="delegated: " + context["message"], extra="yes")
        loop.default_exception_handler(context)

    loop.set_exception_handler(delegating)
    loop.call_exception_handler({"message": "through custom"})
    print("done")


asyncio.run(main())
