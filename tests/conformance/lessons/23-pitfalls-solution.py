import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def send_email(to):
    try:
        await asyncio.sleep(2)
        print(f"{now()} email: sent to {to}")
    except asyncio.CancelledError:
        print(f"{now()} email: cancelled, {to} gets nothing")
        raise


async def save(record):
    await asyncio.sleep(0.5)
    print(f"{now()} save: {record} stored")


async def main():
    email = asyncio.create_task(send_email("ada"), name="email")   # keep a reference
    await save("order 1")
    await asyncio.sleep(1)
    await email                            # and wait for it before returning
    print(f"{now()} main: all done, returning")


asyncio.run(main())
