# expect: exit 0
# stdout: survived
# why: builds Loopscope's native loop class by hand, bypassing asyncio
import sys

native = type(__import__("asyncio").new_event_loop()).__mro__[1]
for attempt in (lambda: native(), lambda: native.__new__(native).call_later(1, print),
                lambda: native().run_forever(), lambda: native().close(),
                lambda: native().call_soon(print, "never run")):
    try:
        attempt()
        print("ok")
    except Exception as error:
        print(type(error).__name__)
print("survived")
