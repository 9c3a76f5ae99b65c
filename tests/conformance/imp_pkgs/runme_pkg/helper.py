H = 'helper'
