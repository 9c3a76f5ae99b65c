WHERE = 'shadow1'
