# A callback scheduled while an iteration runs waits for the next iteration, behind everything already ready.
import asyncio

loop = asyncio.new_event_loop()
iteration = [0]


def tick():
    iteration[0] += 1
    print(f"-- tick {iteration[0]}")
    if iteration[0] < 4:
        loop.call_soon(tick)
    else:
        loop.stop()


def cb(name, depth):
    print(f"{name} (depth {depth}) in iteration {iteration[0]}")
    if depth < 2:
        loop.call_soon(cb, name + "'", depth + 1)


loop.call_soon(tick)
loop.call_soon(cb, "a", 0)
loop.call_soon(cb, "b", 0)
loop.call_soon(cb, "c", 1)
loop.run_forever()
loop.close()
