import PlateauCLI

PlateauCommand.main()
