import asyncio
# Define a coroutine
async def greet(name):
    await asyncio.sleep(1) # Simulate an I/O-bound operation
    print(f"{asyncio.current_task().get_name()} says: Hello, {name}!")
async def main():
    # Create tasks
    task1 = asyncio.create_task(greet("Alice"), name="GreetingAlice")
    task2 = asyncio.create_task(greet("Bob"), name="GreetingBob")
    # Check task names
    print(f"Task 1 name: {task1.get_name()}")
    print(f"Task 2 name: {task2.get_name()}")
    # Wait for both tasks to complete
    await task1
    await task2
# Run the main function
asyncio.run(main())
