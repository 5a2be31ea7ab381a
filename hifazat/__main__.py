from hifazat.cli import main

main()
