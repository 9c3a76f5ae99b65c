# -*- coding: utf-8 -*-
nom = "café"
résultat = nom +* 2
