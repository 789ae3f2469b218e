"""Clinical vocabulary (French / English pairs) for dermatology and plastic surgery."""

SITES_BODY = [('dos, région scapulaire gauche', 'left scapular back'), ('mollet droit', 'right calf'),
              ('avant-bras gauche', 'left forearm'), ('joue droite', 'right cheek'), ('aile du nez gauche', 'left nasal ala'),
              ('cuir chevelu, vertex', 'scalp, vertex'), ('épaule droite', 'right shoulder'),
              ('abdomen, flanc gauche', 'left flank'), ('cuisse gauche, face antérieure', 'left anterior thigh'),
              ('oreille droite, hélix', 'right helix'), ('tempe gauche', 'left temple'), ('lèvre inférieure', 'lower lip'),
              ('plante du pied droit', 'right sole'), ('thorax antérieur', 'anterior chest')]

# (fr, en, kind) kind: mel = melanoma, nmsc = non-melanoma skin cancer, benign
LESIONS = [
    ('mélanome superficiel extensif', 'superficial spreading melanoma', 'mel'),
    ('mélanome in situ de type lentigo maligna', 'melanoma in situ, lentigo maligna type', 'mel'),
    ('mélanome nodulaire', 'nodular melanoma', 'mel'),
    ('carcinome basocellulaire nodulaire', 'nodular basal cell carcinoma', 'nmsc'),
    ('carcinome basocellulaire infiltrant', 'infiltrative basal cell carcinoma', 'nmsc'),
    ('carcinome épidermoïde bien différencié', 'well-differentiated squamous cell carcinoma', 'nmsc'),
    ('maladie de Bowen (carcinome épidermoïde in situ)', "Bowen's disease (SCC in situ)", 'nmsc'),
    ('kératoacanthome', 'keratoacanthoma', 'nmsc'),
    ('naevus dysplasique avec atypie modérée', 'dysplastic naevus with moderate atypia', 'benign'),
    ('kératose séborrhéique irritée', 'irritated seborrheic keratosis', 'benign'),
]

INFLAM = [
    ('psoriasis en plaques modéré à sévère', 'moderate-to-severe plaque psoriasis'),
    ('psoriasis en plaques avec atteinte unguéale', 'plaque psoriasis with nail involvement'),
    ('psoriasis et rhumatisme psoriasique', 'psoriasis with psoriatic arthritis'),
    ('hidradénite suppurée, Hurley stade II', 'hidradenitis suppurativa, Hurley stage II'),
    ('dermatite atopique sévère', 'severe atopic dermatitis'),
    ('urticaire chronique spontanée', 'chronic spontaneous urticaria'),
    ('pemphigoïde bulleuse', 'bullous pemphigoid'),
]

BIOLOGICS = [
    ('risankizumab (Skyrizi) 150 mg s.c. aux semaines 0 et 4 puis aux 12 semaines',
     'risankizumab (Skyrizi) 150 mg SC at weeks 0 and 4 then every 12 weeks', 'risankizumab'),
    ('ustekinumab (Stelara) 45 mg s.c. aux semaines 0 et 4 puis aux 12 semaines',
     'ustekinumab (Stelara) 45 mg SC at weeks 0 and 4 then q12 weeks', 'ustekinumab'),
    ('guselkumab (Tremfya) 100 mg s.c. aux semaines 0 et 4 puis aux 8 semaines',
     'guselkumab (Tremfya) 100 mg SC weeks 0, 4 then q8 weeks', 'guselkumab'),
    ('adalimumab biosimilaire (Hadlima) 80 mg puis 40 mg aux 2 semaines',
     'adalimumab biosimilar (Hadlima) 80 mg then 40 mg every other week', 'adalimumab'),
    ('sécukinumab (Cosentyx) 300 mg s.c. hebdomadaire x 5 puis mensuel',
     'secukinumab (Cosentyx) 300 mg SC weekly x5 then monthly', 'secukinumab'),
    ('bimékizumab (Bimzelx) 320 mg s.c. aux 4 semaines jusqu\'à la semaine 16 puis aux 8 semaines',
     'bimekizumab (Bimzelx) 320 mg SC q4w to week 16 then q8w', 'bimekizumab'),
]

DUPI = ('dupilumab (Dupixent) 600 mg puis 300 mg aux 2 semaines', 'dupilumab (Dupixent) 600 mg then 300 mg every 2 weeks')

SYSTEMIC_FAILED = [
    ('méthotrexate 20 mg/sem x 6 mois (réponse insuffisante, ALT 3x LSN)',
     'methotrexate 20 mg weekly x 6 months (inadequate response, ALT 3x ULN)'),
    ('cyclosporine 3 mg/kg/j x 4 mois (HTA)', 'cyclosporine 3 mg/kg/day x 4 months (hypertension)'),
    ('acitrétine 25 mg die x 5 mois (inefficace, chéilite)', 'acitretin 25 mg daily x 5 months (ineffective, cheilitis)'),
    ('photothérapie UVB-BE 3x/sem x 30 séances', 'NB-UVB phototherapy 3x/week x 30 sessions'),
]

TOPICALS = [('clobétasol 0,05 % onguent BID', 'clobetasol 0.05% ointment BID'),
            ('calcipotriol/bétaméthasone (Enstilar) mousse DIE', 'calcipotriol/betamethasone (Enstilar) foam daily'),
            ('tacrolimus 0,1 % onguent', 'tacrolimus 0.1% ointment'),
            ('mométasone 0,1 % crème', 'mometasone 0.1% cream')]

HOME_MEDS = [('apixaban 5 mg BID', 'apixaban 5 mg BID'), ('warfarine (INR cible 2-3)', 'warfarin (target INR 2-3)'),
             ('AAS 80 mg DIE', 'ASA 81 mg daily'), ('metformine 850 mg BID', 'metformin 850 mg BID'),
             ('ramipril 10 mg DIE', 'ramipril 10 mg daily'), ('atorvastatine 20 mg DIE', 'atorvastatin 20 mg daily'),
             ('lévothyroxine 75 mcg DIE', 'levothyroxine 75 mcg daily'), ('clopidogrel 75 mg DIE', 'clopidogrel 75 mg daily'),
             ('sertraline 100 mg DIE', 'sertraline 100 mg daily'), ('prednisone 5 mg DIE', 'prednisone 5 mg daily')]

ALLERGIES = [('pénicilline (urticaire)', 'penicillin (hives)'), ('sulfamidés', 'sulfa drugs'), ('latex', 'latex'),
             ('codéine (nausées)', 'codeine (nausea)'), ('aucune allergie connue', 'no known allergies'),
             ('chlorhexidine (eczéma de contact)', 'chlorhexidine (contact dermatitis)')]

PLASTIC = [
    # (procedure fr, procedure en, indication fr, indication en)
    ('réduction mammaire bilatérale', 'bilateral breast reduction', 'macromastie symptomatique (dorsalgies, intertrigo)',
     'symptomatic macromastia (back pain, intertrigo)'),
    ('blépharoplastie supérieure bilatérale', 'bilateral upper blepharoplasty', 'dermatochalasis avec atteinte du champ visuel',
     'dermatochalasis with visual field restriction'),
    ('abdominoplastie', 'abdominoplasty', 'excès cutané après chirurgie bariatrique (perte de 52 kg)',
     'skin excess after bariatric surgery (52 kg weight loss)'),
    ('excision large et greffe de peau totale', 'wide local excision with full-thickness skin graft',
     'carcinome basocellulaire récidivant du nez', 'recurrent basal cell carcinoma of the nose'),
    ('lambeau de rotation de la joue', 'cheek rotation flap', 'défect post-Mohs de 2,4 cm', '2.4 cm post-Mohs defect'),
    ('aponévrectomie palmaire', 'palmar fasciectomy', 'maladie de Dupuytren, 5e rayon droit',
     "Dupuytren's disease, right 5th ray"),
    ('reconstruction mammaire par lambeau DIEP', 'DIEP flap breast reconstruction',
     'post-mastectomie pour cancer du sein', 'post-mastectomy for breast cancer'),
    ('révision de cicatrice chéloïde', 'keloid scar revision', 'chéloïde du lobe de l\'oreille', 'earlobe keloid'),
    ('correction de gynécomastie', 'gynecomastia correction', 'gynécomastie bilatérale grade II',
     'bilateral grade II gynecomastia'),
]

COSMETIC = [
    ('Blépharoplastie supérieure (esthétique)', 'Upper blepharoplasty (cosmetic)', 4200),
    ('Rhinoplastie', 'Rhinoplasty', 8900),
    ('Augmentation mammaire – implants ronds 325 cc', 'Breast augmentation – 325 cc round implants', 9800),
    ('Abdominoplastie complète', 'Full abdominoplasty', 11500),
    ('Liposuccion abdomen et flancs', 'Liposuction, abdomen and flanks', 6500),
    ('Lifting cervico-facial', 'Face and neck lift', 16800),
    ('Otoplastie', 'Otoplasty', 4900),
    ('Toxine botulinique – hyperhidrose axillaire (100 U)', 'Botulinum toxin – axillary hyperhidrosis (100 U)', 750),
    ('Laser vasculaire (angiome plan) – 3 séances', 'Vascular laser (port-wine stain) – 3 sessions', 1350),
]

WOUNDS = [
    ('déhiscence partielle de la cicatrice d\'abdominoplastie (3 cm, région sus-pubienne)',
     'partial dehiscence of abdominoplasty scar (3 cm, suprapubic)'),
    ('site donneur de greffe à la cuisse gauche, suintant', 'left thigh skin graft donor site, exudative'),
    ('ulcère veineux de la jambe droite (6 x 4 cm)', 'right leg venous ulcer (6 x 4 cm)'),
    ('plaie post-excision du mollet laissée en cicatrisation secondaire', 'post-excision calf wound healing by secondary intention'),
    ('nécrose partielle du mamelon gauche post-réduction', 'partial left nipple necrosis after reduction'),
    ('brûlure du 2e degré profond à l\'avant-bras (café)', 'deep partial-thickness burn of the forearm (coffee)'),
    ('ulcère de pression sacré stade 3', 'stage 3 sacral pressure injury'),
]

DRESSINGS = [('Mepilex Border Ag aux 3 jours', 'Mepilex Border Ag every 3 days'),
             ('Aquacel Ag + compresse sèche, changement DIE', 'Aquacel Ag + dry gauze, changed daily'),
             ('mèche d\'iodoforme et pansement sec BID', 'iodoform packing and dry dressing BID'),
             ('Adaptic + Jelonet, réfection aux 2 jours', 'Adaptic + Jelonet, change every 2 days'),
             ('TPN (VAC) à -125 mmHg, changement lun-mer-ven', 'NPWT (VAC) at -125 mmHg, changed Mon-Wed-Fri')]

ANTIBIO = [('céphalexine 500 mg QID x 7 jours', 'cephalexin 500 mg QID x 7 days'),
           ('doxycycline 100 mg BID x 10 jours', 'doxycycline 100 mg BID x 10 days'),
           ('clindamycine 300 mg TID x 7 jours', 'clindamycin 300 mg TID x 7 days'),
           ('amoxicilline-clavulanate 875 mg BID x 10 jours', 'amoxicillin-clavulanate 875 mg BID x 10 days')]

CULTURES = [('SARM (S. aureus résistant à la méthicilline), sensible à la doxycycline',
             'MRSA, susceptible to doxycycline'),
            ('Pseudomonas aeruginosa ++', 'Pseudomonas aeruginosa ++'),
            ('S. aureus sensible à la cloxacilline', 'methicillin-sensitive S. aureus'),
            ('flore cutanée mixte, pas de pathogène prédominant', 'mixed skin flora, no predominant pathogen')]

# condition -> coherent drug (fr dx, en dx, drug)
DX_DRUG = [
    ('psoriasis en plaques', 'plaque psoriasis', 'risankizumab (Skyrizi)'),
    ('psoriasis en plaques', 'plaque psoriasis', 'guselkumab (Tremfya)'),
    ('psoriasis en plaques', 'plaque psoriasis', 'ustekinumab (Stelara)'),
    ('psoriasis et arthrite psoriasique', 'psoriasis and psoriatic arthritis', 'sécukinumab (Cosentyx)'),
    ('hidradénite suppurée', 'hidradenitis suppurativa', 'adalimumab (Hadlima)'),
    ('dermatite atopique', 'atopic dermatitis', 'dupilumab (Dupixent)'),
    ('urticaire chronique spontanée', 'chronic spontaneous urticaria', 'omalizumab (Xolair)'),
]
