from carrier_app.launch import main

raise SystemExit(main())
