WHERE = 'shadow2'
