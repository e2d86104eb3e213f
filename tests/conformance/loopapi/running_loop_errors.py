# Outside a loop get_running_loop raises; inside, a second loop cannot run.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("RuntimeError:", error)


async def main():
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(asyncio.sleep(0))
    except RuntimeError as error:
        print("RuntimeError:", error)
    finally:
        other.close()
    loop = asyncio.get_running_loop()
    try:
        loop.run_forever()
    except RuntimeError as error:
        print("RuntimeError:", error)
    print(asyncio.get_event_loop() is loop)


asyncio.run(main())
