# run_forever ends after the iteration in which stop() is called; what that iteration scheduled waits for the next run.
import asyncio

loop = asyncio.new_event_loop()


def stopper(tag):
    print(f"stopper {tag} at {loop.time()}: calling stop()")
    loop.stop()
    loop.call_soon(print, f"scheduled by stopper {tag}")


loop.call_later(2, stopper, "A")
loop.call_later(2, print, "same deadline as stopper A")
loop.call_later(3, print, "t=3 timer")
loop.run_forever()
print("run_forever #1 returned at", loop.time())
loop.call_soon(stopper, "B")
loop.call_soon(print, "queued behind stopper B")
loop.run_forever()
print("run_forever #2 returned at", loop.time())
loop.call_soon(loop.stop)
loop.run_forever()
print("run_forever #3 returned at", loop.time())
loop.call_later(0.5, loop.stop)
loop.run_forever()
print("run_forever #4 returned at", loop.time())
loop.close()
