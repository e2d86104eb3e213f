# logging from several tasks with a format that names the task (no wall-clock fields).
import asyncio
import logging


class TaskName(logging.Filter):
    def filter(self, record):
        task = asyncio.current_task()
        record.task = task.get_name() if task else "-"
        return True


logging.basicConfig(format="%(levelname)s %(task)s %(message)s", level=logging.INFO)
log = logging.getLogger("demo")
log.addFilter(TaskName())


async def worker(n):
    log.info("starting %d", n)
    await asyncio.sleep(n * 0.1)
    if n == 2:
        log.warning("worker %d is slow", n)
    return n


async def main():
    log.info("main begins")
    print(await asyncio.gather(*(worker(n) for n in range(3))))


asyncio.run(main())
