"""Clinical vocabulary for the infectious-diseases / travel-clinic flavour.
Entries are (french, english)."""

DESTINATIONS = [
    ("Mali", "Mali"), ("Inde", "India"), ("Thaïlande", "Thailand"), ("Pérou", "Peru"),
    ("Haïti", "Haiti"), ("Kenya", "Kenya"), ("Vietnam", "Vietnam"), ("Colombie", "Colombia"),
    ("RDC", "DRC"), ("Bangladesh", "Bangladesh"), ("Cuba", "Cuba"), ("Philippines", "Philippines"),
    ("Sénégal", "Senegal"), ("Brésil", "Brazil"), ("Tanzanie", "Tanzania"), ("Ghana", "Ghana"),
    ("Cameroun", "Cameroon"), ("Népal", "Nepal"), ("Bolivie", "Bolivia"), ("Indonésie", "Indonesia"),
]

TRAVEL_VACCINES = [
    ("Twinrix (hépatites A et B) dose %d", "Twinrix (hepatitis A/B) dose %d"),
    ("Typhim Vi (typhoïde)", "Typhim Vi (typhoid)"),
    ("YF-Vax (fièvre jaune)", "YF-Vax (yellow fever)"),
    ("Dukoral, 2 doses orales", "Dukoral, 2 oral doses"),
    ("Ixiaro (encéphalite japonaise) dose %d", "Ixiaro (Japanese encephalitis) dose %d"),
    ("Imovax Rage pré-exposition dose %d", "Imovax Rabies pre-exposure dose %d"),
    ("Menveo (méningocoque ACYW)", "Menveo (meningococcal ACYW)"),
    ("Vivotif (typhoïde oral)", "Vivotif (oral typhoid)"),
    ("Havrix 1440", "Havrix 1440"),
    ("dcaT (Adacel)", "Tdap (Adacel)"),
    ("RRO (rougeole-rubéole-oreillons)", "MMR"),
]

MALARIA_PROPHYLAXIS = [
    ("atovaquone-proguanil (Malarone) 250/100 mg 1 co die, débuter 1 jour avant le départ et poursuivre 7 jours après le retour",
     "atovaquone-proguanil (Malarone) 250/100 mg once daily, start 1 day before departure and continue 7 days after return"),
    ("doxycycline 100 mg die, débuter 1 jour avant et poursuivre 4 semaines après le retour",
     "doxycycline 100 mg daily, start 1 day before and continue 4 weeks after return"),
    ("méfloquine 250 mg 1 fois par semaine, débuter 2 semaines avant",
     "mefloquine 250 mg weekly, start 2 weeks before"),
]

ID_DIAGNOSES = [
    ("paludisme à P. falciparum", "P. falciparum malaria"),
    ("dengue probable", "probable dengue fever"),
    ("fièvre typhoïde", "typhoid fever"),
    ("tuberculose pulmonaire active", "active pulmonary tuberculosis"),
    ("bactériémie à SARM", "MRSA bacteremia"),
    ("pyélonéphrite à E. coli BLSE", "ESBL E. coli pyelonephritis"),
    ("colite à C. difficile", "C. difficile colitis"),
    ("cellulite du membre inférieur", "lower-limb cellulitis"),
    ("leishmaniose cutanée", "cutaneous leishmaniasis"),
    ("strongyloïdose", "strongyloidiasis"),
    ("schistosomiase", "schistosomiasis"),
    ("endocardite à S. aureus", "S. aureus endocarditis"),
    ("ostéomyélite du pied diabétique", "diabetic foot osteomyelitis"),
    ("mpox", "mpox"),
]

LABS = {
    "malaria": [("frottis sanguin : P. falciparum, parasitémie %s %%", "blood smear: P. falciparum, parasitemia %s%%")],
    "hiv_vl": [("charge virale VIH %s copies/mL", "HIV viral load %s copies/mL")],
    "cd4": [("CD4 %d cellules/µL", "CD4 %d cells/µL")],
    "hcv": [("ARN VHC %s UI/mL", "HCV RNA %s IU/mL")],
    "hbv": [("ADN VHB %s UI/mL", "HBV DNA %s IU/mL")],
    "igra": [("QuantiFERON-TB Gold Plus positif (%s UI/mL)", "QuantiFERON-TB Gold Plus positive (%s IU/mL)")],
    "tst": [("TCT %d mm", "TST %d mm")],
    "rpr": [("RPR réactif 1:%d, TPPA positif", "RPR reactive 1:%d, TPPA positive")],
    "alt": [("ALT %d U/L", "ALT %d U/L")],
}

ANTIBIOTICS_IV = [
    ("pipéracilline-tazobactam 4,5 g IV q6h", "piperacillin-tazobactam 4.5 g IV q6h"),
    ("méropénem 1 g IV q8h", "meropenem 1 g IV q8h"),
    ("vancomycine 1,25 g IV q12h", "vancomycin 1.25 g IV q12h"),
    ("ceftriaxone 2 g IV die", "ceftriaxone 2 g IV daily"),
    ("céfazoline 2 g IV q8h", "cefazolin 2 g IV q8h"),
    ("ertapénem 1 g IV die", "ertapenem 1 g IV daily"),
    ("daptomycine 8 mg/kg IV die", "daptomycin 8 mg/kg IV daily"),
    ("ciprofloxacine 400 mg IV q12h", "ciprofloxacin 400 mg IV q12h"),
]

STEWARD_RECS = [
    ("désescalade vers céfazoline selon l'antibiogramme", "de-escalate to cefazolin per susceptibilities"),
    ("passage PO amoxicilline-clavulanate 875 mg BID", "IV-to-PO switch: amoxicillin-clavulanate 875 mg BID"),
    ("cesser la vancomycine, SARM nasal négatif", "stop vancomycin, MRSA nares negative"),
    ("durée totale 7 jours, arrêt prévu le %s", "total duration 7 days, stop date %s"),
    ("ajuster selon la fonction rénale (ClCr 38 mL/min)", "renally adjust (CrCl 38 mL/min)"),
    ("ajouter dosage de vancomycine (ASC)", "order vancomycin AUC levels"),
    ("ok pour poursuivre, réévaluer à 72 h", "ok to continue, reassess at 72 h"),
]

HIV_REGIMENS = [
    ("Biktarvy (bictégravir/emtricitabine/ténofovir alafénamide) 1 co die",
     "Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) 1 tab daily"),
    ("Dovato (dolutégravir/lamivudine) 1 co die", "Dovato (dolutegravir/lamivudine) 1 tab daily"),
    ("Triumeq 1 co die", "Triumeq 1 tab daily"),
    ("Cabenuva (cabotégravir/rilpivirine) IM q2 mois", "Cabenuva (cabotegravir/rilpivirine) IM every 2 months"),
    ("Symtuza 1 co die", "Symtuza 1 tab daily"),
]

HCV_REGIMENS = [
    ("Epclusa (sofosbuvir/velpatasvir) 1 co die x 12 semaines",
     "Epclusa (sofosbuvir/velpatasvir) 1 tab daily x 12 weeks"),
    ("Maviret (glécaprévir/pibrentasvir) 3 co die x 8 semaines",
     "Maviret (glecaprevir/pibrentasvir) 3 tabs daily x 8 weeks"),
]

LTBI_REGIMENS = [
    ("rifampine 600 mg die x 4 mois", "rifampin 600 mg daily x 4 months"),
    ("isoniazide 300 mg die + pyridoxine 25 mg x 9 mois", "isoniazid 300 mg daily + pyridoxine 25 mg x 9 months"),
    ("3HP (isoniazide + rifapentine hebdomadaire x 12 doses)", "3HP (weekly isoniazid + rifapentine x 12 doses)"),
]

SOCIAL = [
    ("en situation d'itinérance, hébergé au refuge", "currently homeless, staying at the shelter"),
    ("demandeur d'asile, couvert par le PFSI", "refugee claimant, covered by IFHP"),
    ("prestataire de l'aide sociale", "on social assistance"),
    ("dossier ouvert à la DPJ", "open youth protection (DPJ) file"),
    ("victime de violence conjugale, hébergée en maison d'hébergement",
     "victim of intimate partner violence, staying at a women's shelter"),
    ("sortie récente de détention", "recently released from detention"),
    ("utilise des drogues par injection, suivi au site de consommation supervisée",
     "injects drugs, followed at the supervised consumption site"),
    ("a perdu son emploi et son logement le mois dernier", "lost job and housing last month"),
]

# (indication, current antibiotic, recommendation) kept clinically coherent
STEWARD_CASES = [
    (("pneumonie acquise en communauté", "community-acquired pneumonia"),
     ("ceftriaxone 1 g IV die + azithromycine", "ceftriaxone 1 g IV daily + azithromycin"),
     ("relais PO amoxicilline 1 g TID, durée totale 5 jours", "switch to PO amoxicillin 1 g TID, 5 days total")),
    (("bactériémie à SASM", "MSSA bacteremia"),
     ("vancomycine 1,25 g IV q12h", "vancomycin 1.25 g IV q12h"),
     ("passer à la céfazoline 2 g IV q8h, SASM confirmé", "switch to cefazolin 2 g IV q8h, MSSA confirmed")),
    (("pyélonéphrite à E. coli", "E. coli pyelonephritis"),
     ("pipéracilline-tazobactam 4,5 g IV q6h", "piperacillin-tazobactam 4.5 g IV q6h"),
     ("désescalade vers ceftriaxone selon l'antibiogramme", "de-escalate to ceftriaxone per susceptibilities")),
    (("cellulite non purulente", "non-purulent cellulitis"),
     ("vancomycine 1 g IV q12h + pipéracilline-tazobactam", "vancomycin 1 g IV q12h + piperacillin-tazobactam"),
     ("céfazoline seule suffit, SARM nasal négatif", "cefazolin alone is enough, MRSA nares negative")),
    (("infection intra-abdominale post-op", "post-op intra-abdominal infection"),
     ("méropénem 1 g IV q8h", "meropenem 1 g IV q8h"),
     ("pas de BLSE : passer à ceftriaxone + métronidazole", "no ESBL: switch to ceftriaxone + metronidazole")),
    (("ostéomyélite du pied diabétique", "diabetic foot osteomyelitis"),
     ("ertapénem 1 g IV die", "ertapenem 1 g IV daily"),
     ("ok pour poursuivre, réévaluer à 72 h avec la culture osseuse", "ok to continue, reassess at 72 h with bone culture")),
    (("pyélonéphrite à E. coli BLSE", "ESBL E. coli pyelonephritis"),
     ("ertapénem 1 g IV die", "ertapenem 1 g IV daily"),
     ("durée totale 7 jours, arrêt prévu le %s", "total duration 7 days, stop date %s")),
    (("endocardite à S. aureus", "S. aureus endocarditis"),
     ("daptomycine 8 mg/kg IV die", "daptomycin 8 mg/kg IV daily"),
     ("CK hebdomadaire, ETO demandée", "weekly CK, TEE requested")),
    (("colite à C. difficile", "C. difficile colitis"),
     ("vancomycine PO 125 mg QID", "oral vancomycin 125 mg QID"),
     ("cesser l'IPP si possible, durée 10 jours", "stop PPI if possible, 10-day course")),
    (("bactériémie à SARM", "MRSA bacteremia"),
     ("vancomycine 1,25 g IV q12h", "vancomycin 1.25 g IV q12h"),
     ("ajouter dosage de vancomycine (ASC)", "order vancomycin AUC levels")),
]

MADO_DISEASES = [
    (("Syphilis infectieuse (secondaire)", "Infectious syphilis (secondary)"),
     ("pénicilline G benzathine 2,4 M UI IM x 1", "benzathine penicillin G 2.4 MU IM x 1")),
    (("Tuberculose pulmonaire", "Pulmonary tuberculosis"),
     ("RIPE (rifampine, isoniazide, pyrazinamide, éthambutol)", "RIPE (rifampin, isoniazid, pyrazinamide, ethambutol)")),
    (("Hépatite B aiguë", "Acute hepatitis B"), ("ténofovir disoproxil 300 mg die (forme sévère)", "tenofovir disoproxil 300 mg daily (severe course)")),
    (("Fièvre typhoïde", "Typhoid fever"), ("ceftriaxone 2 g IV die puis azithromycine PO", "ceftriaxone 2 g IV daily then PO azithromycin")),
    (("Infection gonococcique", "Gonococcal infection"), ("ceftriaxone 500 mg IM x 1", "ceftriaxone 500 mg IM x 1")),
    (("Paludisme à P. falciparum", "P. falciparum malaria"), ("atovaquone-proguanil 4 co die x 3 jours", "atovaquone-proguanil 4 tabs daily x 3 days")),
]

# (impression, workup, plan) for ID consults on returning travellers
CONSULT_CASES = [
    (("paludisme à P. falciparum", "P. falciparum malaria"),
     ("frottis : parasitémie {pct} %", "smear: parasitemia {pct}%"),
     ("artésunate IV 2,4 mg/kg à 0, 12 et 24 h puis relais atovaquone-proguanil", "IV artesunate 2.4 mg/kg at 0, 12, 24 h then atovaquone-proguanil")),
    (("fièvre typhoïde", "typhoid fever"),
     ("hémocultures 2/2 : Salmonella Typhi, sensible à la ceftriaxone", "blood cultures 2/2: Salmonella Typhi, ceftriaxone-susceptible"),
     ("ceftriaxone 2 g IV die, relais azithromycine PO pour 7 jours au total", "ceftriaxone 2 g IV daily, then PO azithromycin for 7 days total")),
    (("dengue probable", "probable dengue"),
     ("NS1 positif, plaquettes {plt} x 10^9/L", "NS1 positive, platelets {plt} x 10^9/L"),
     ("traitement de soutien, éviter les AINS, FSC die", "supportive care, avoid NSAIDs, daily CBC")),
    (("strongyloïdose", "strongyloidiasis"),
     ("éosinophiles {eo} x 10^9/L, sérologie Strongyloides positive", "eosinophils {eo} x 10^9/L, Strongyloides serology positive"),
     ("ivermectine 200 µg/kg die x 2 jours", "ivermectin 200 mcg/kg daily x 2 days")),
    (("schistosomiase", "schistosomiasis"),
     ("éosinophiles {eo} x 10^9/L, sérologie Schistosoma positive", "eosinophils {eo} x 10^9/L, Schistosoma serology positive"),
     ("praziquantel 40 mg/kg en 2 prises, à répéter dans 6 semaines", "praziquantel 40 mg/kg in 2 doses, repeat in 6 weeks")),
    (("colite à C. difficile", "C. difficile colitis"),
     ("PCR C. difficile positive, GB {wbc} x 10^9/L", "C. difficile PCR positive, WBC {wbc} x 10^9/L"),
     ("vancomycine PO 125 mg QID x 10 jours", "oral vancomycin 125 mg QID x 10 days")),
    (("leishmaniose cutanée", "cutaneous leishmaniasis"),
     ("biopsie cutanée : amastigotes, PCR Leishmania positive", "skin biopsy: amastigotes, Leishmania PCR positive"),
     ("miltéfosine 50 mg TID x 28 jours (accès spécial)", "miltefosine 50 mg TID x 28 days (special access)")),
]
