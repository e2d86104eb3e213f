import asyncio

order = []


async def worker(name):
    for step in range(1, 4):
        print(f"{name} step {step}")
        order.append(name)
        await asyncio.sleep(0)          # "let the others have a turn"


async def main():
    tasks = [asyncio.create_task(worker(name), name=name) for name in "ABC"]
    for task in tasks:
        await task
    print("order:", "".join(order))


asyncio.run(main())
