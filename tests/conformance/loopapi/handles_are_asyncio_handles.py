# call_soon and call_later return asyncio.Handle and asyncio.TimerHandle objects, which
# programs check with isinstance(), type() and subclass.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(1, print)
    s = loop.call_soon(print)
    print(isinstance(h, asyncio.TimerHandle), isinstance(h, asyncio.Handle), type(h) is asyncio.TimerHandle)
    print(isinstance(s, asyncio.Handle), type(s) is asyncio.Handle, asyncio.Handle, asyncio.TimerHandle)
    class Mine(asyncio.TimerHandle):
        pass
    m = Mine(5.0, print, (), loop)
    print(m, m.when())
    h.cancel()
asyncio.run(main())
