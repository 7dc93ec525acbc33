from soket.cli import main

main()
