# Twelve tasks sleeping the same 1 s, created in order: they wake in the timer heap's
# order, not in creation order.
import asyncio


async def sleeper(n, wake_order):
    await asyncio.sleep(1)
    wake_order.append(n)


async def main():
    wake_order = []
    await asyncio.gather(*(sleeper(n, wake_order) for n in range(12)))
    print(wake_order)


asyncio.run(main())
