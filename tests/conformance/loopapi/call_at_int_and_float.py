# call_at with an int deadline keeps it as given; equal int and float deadlines tie.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_at(2, print, "int 2"), loop.call_at(2.0, print, "float 2.0"),
               loop.call_at(1, print, "int 1")]
    print([h.when() for h in handles], [type(h.when()).__name__ for h in handles])
    await asyncio.sleep(3)
    print(loop.time())


asyncio.run(main())
