import asyncio
async def slow_task():
    print("Task started...")
    await asyncio.sleep(5) # Simulating a long-running task
    print("Task finished!")
    return "Completed"
async def main():
    try:
        # Wait for slow_task to finish within 2 seconds
        result = await asyncio.wait_for(slow_task(), timeout=2)
        print(result)
    except asyncio.TimeoutError:
        print("The task took too long and was canceled!")
asyncio.run(main())
