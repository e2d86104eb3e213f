# A closed loop refuses scheduling and running; is_closed and close twice.
import asyncio

loop = asyncio.new_event_loop()
loop.call_later(10, print, "never")
loop.close()
loop.close()
print(loop.is_closed(), loop.is_running())
for name, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("create_task", lambda: loop.create_task(asyncio.sleep(0))),
                   ("run_forever", loop.run_forever)]:
    try:
        call()
    except RuntimeError as error:
        print(name, "->", error)
