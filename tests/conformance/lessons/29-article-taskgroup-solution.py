import asyncio
async def task1():
    await asyncio.sleep(1)
    return "Task 1 done"
async def task2():
    await asyncio.sleep(2)
    return "Task 2 done"
async def task_with_error():
    await asyncio.sleep(1)
    raise ValueError("An error occurred")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(task1())
            t2 = tg.create_task(task2())
            error_task = tg.create_task(task_with_error())
    except Exception as e:
        print(f"Error: {e}")
    # Print results from completed tasks
    print("Task 1 result:", t1.result())
    if t2.cancelled():
        print("Task 2 was cancelled")
    else:
        print("Task 2 result:", t2.result())
asyncio.run(main())
