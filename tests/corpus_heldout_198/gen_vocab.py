"""Clinical vocabulary for the IPC team (French-Canadian and English)."""

ORG_FR = [
    # (organism, precautions, typical lab line, diagnosis phrase)
    ("C. difficile", "contact renforcées (savon et eau, désinfection sporicide)",
     "PCR C. difficile (tcdB) : DÉTECTÉ", "diarrhée associée au C. difficile (DACD)"),
    ("C. difficile", "contact renforcées",
     "GDH positif, toxine A/B positive", "colite à C. difficile"),
    ("SARM", "contact", "Dépistage SARM nez/périnée : POSITIF", "porteur de SARM"),
    ("ERV", "contact", "Dépistage ERV rectal : POSITIF (E. faecium vanA)", "colonisation à ERV"),
    ("EPC", "contact renforcées", "Recherche EPC rectale : K. pneumoniae KPC détectée",
     "porteur d'EPC (KPC)"),
    ("influenza A", "gouttelettes-contact", "TAAN influenza A : DÉTECTÉ", "influenza A"),
    ("norovirus", "contact renforcées", "TAAN norovirus GII : DÉTECTÉ", "gastro-entérite à norovirus"),
    ("SRAS-CoV-2", "gouttelettes-contact + N95 pour IMGA", "TAAN SRAS-CoV-2 : DÉTECTÉ (Ct 24)", "COVID-19"),
    ("VRS", "gouttelettes-contact", "TAAN VRS : DÉTECTÉ", "infection à VRS"),
]

ORG_EN = [
    ("C. difficile", "enhanced contact (soap and water, sporicidal clean)",
     "C. difficile PCR (tcdB): DETECTED", "C. difficile infection (CDI)"),
    ("C. difficile", "enhanced contact",
     "GDH positive / toxin A/B EIA negative", "C. difficile colonization vs early CDI"),
    ("MRSA", "contact", "MRSA screen (nares/groin): POSITIVE", "MRSA colonization"),
    ("VRE", "contact", "VRE rectal screen: POSITIVE (E. faecium vanA)", "VRE colonization"),
    ("CPE", "enhanced contact", "CPE rectal screen: K. pneumoniae OXA-48 detected", "CPE carrier (OXA-48)"),
    ("influenza A", "droplet/contact", "Influenza A NAAT: DETECTED", "influenza A"),
    ("norovirus", "enhanced contact", "Norovirus GII PCR: DETECTED", "norovirus gastroenteritis"),
    ("SARS-CoV-2", "droplet/contact + N95 for AGMPs", "SARS-CoV-2 NAAT: DETECTED (Ct 27)", "COVID-19"),
    ("RSV", "droplet/contact", "RSV NAAT: DETECTED", "RSV infection"),
]

CDIFF_TX_FR = ["vancomycine 125 mg PO QID x 10 jours", "Vancocin 125 mg PO 4 f.p.j.",
               "fidaxomicine (Dificid) 200 mg PO BID x 10 j", "métronidazole 500 mg PO TID (allergie ? à valider)",
               "vanco PO 125 QID puis décroissance sur 6 semaines"]
CDIFF_TX_EN = ["oral vancomycin 125 mg QID x 10 days", "Vancocin 125 mg PO q6h",
               "fidaxomicin (Dificid) 200 mg PO BID x 10 d", "metronidazole 500 mg PO TID",
               "vanco PO 125 QID then pulse-taper over 6 weeks"]
OTHER_TX_FR = ["oseltamivir (Tamiflu) 75 mg BID x 5 j", "Paxlovid (nirmatrelvir/ritonavir) x 5 j",
               "perméthrine 5 % crème (Nix Dermal), 2 applications à 7 jours",
               "décolonisation : mupirocine nasale BID + chlorhexidine 2 % x 5 jours",
               "pipéracilline-tazobactam 4,5 g IV q6h"]
OTHER_TX_EN = ["oseltamivir 75 mg BID x 5 days", "Paxlovid x 5 days (renally adjusted)",
               "permethrin 5% cream, repeat in 7 days", "mupirocin nasal BID + CHG 2% washes x 5 days",
               "pip-tazo 4.5 g IV q6h"]
LABS_FR = ["leucocytes 18,4 x10^9/L", "créatinine 162 µmol/L", "albumine 24 g/L", "lactate 2,9",
           "GB 21,7 ; créat 138", "CRP 164 mg/L"]
LABS_EN = ["WBC 18.4", "creatinine 162 umol/L", "albumin 24 g/L", "lactate 2.9", "WBC 21.7, Cr 138",
           "CRP 164 mg/L"]
PPI_FR = ["pantoprazole 40 mg die", "Pantoloc 40 mg", "oméprazole 20 mg", "ésoméprazole (Nexium) 40 mg"]
PPI_EN = ["pantoprazole 40 mg daily", "Pantoloc 40 mg", "omeprazole 20 mg", "esomeprazole (Nexium) 40 mg"]
ABX_FR = ["céfazoline", "ceftriaxone", "clindamycine", "ciprofloxacine", "amoxicilline-clavulanate",
          "moxifloxacine"]
ABX_EN = ["cefazolin", "ceftriaxone", "clindamycin", "ciprofloxacin", "amoxicillin-clavulanate",
          "moxifloxacin"]
SYMPT_FR = ["6 selles liquides/24 h", "diarrhée Bristol 7 depuis hier", "fièvre 38,6 et diarrhée",
            "selles liquides x 4 depuis 2 h du matin", "douleur abdominale, 5 selles liquides"]
SYMPT_EN = ["6 loose stools/24h", "Bristol 7 since yesterday", "T 38.6 + diarrhea",
            "4 watery BMs since 0200", "abdo pain, 5 liquid stools"]
