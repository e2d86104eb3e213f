import asyncio

order = []


async def worker(name):
    for step in range(1, 4):
        print(f"{name} step {step}")
        order.append(name)
        await asyncio.sleep(0)


async def main():
    for name in "ABC":
        await asyncio.create_task(worker(name), name=name)
    print("order:", "".join(order))


asyncio.run(main())
