# Callbacks scheduled by callbacks run one iteration later: 5 chained call_soons take 5
# iterations while 5 independent ones take one.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def chain(n):
        log.append(f"chain{n}")
        if n < 4:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 0)
    for n in range(5):
        loop.call_soon(log.append, f"flat{n}")
    for _ in range(3):
        await asyncio.sleep(0)
        log.append("main")
    print(log)


asyncio.run(main())
