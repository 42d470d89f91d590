from .cli import run

if __name__ == "__main__":  # not when imported (a spawned process imports the main module of its parent)
    run()
