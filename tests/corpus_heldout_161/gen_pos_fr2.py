"""French positive messages, part 2: community services, coverage, pharmacy, replies, attachments."""
import datetime

import gen_common as C
import gen_attach as A
import gen_mime as M
from gen_render import Att, Spec
from gen_tpl import ext, pdf_att, docx_att, zip_att, fname_part, reply_attr, outlook_head, fwd_head
from gen_pos_fr import DX_AGE, DX_ADULT, SOC_AGE, kv_text, ident_lines


def _e(p):
    return 'e' if p.sex == 'F' else ''


# --------------------------------------------------------------------------- 13. popote roulante

def f_popote(c):
    p = c.patient(65, 95, p_holder=0.3)
    ts = c.staff(c.choice(['Technicienne en travail social', 'Travailleuse sociale']))
    r = c.rec
    diet = c.choice(['diabétique, sans sucre ajouté', 'texture purée (dysphagie post-AVC)', 'hyposodée (insuffisance cardiaque)',
                     'sans gluten (maladie cœliaque)'])
    blocks = ['Bonjour,', 'Nouvelle inscription à la popote roulante, à partir du %s :' % c.d(c.later(2, 7), True),
              kv_text([('Nom', r.name(p, c.choice(['title_full', 'upper_comma']))), ('Adresse de livraison', p.full_address('fr')),
                       ('Téléphone', c.phone(p)), ('Diète', diet), ('Jours', c.choice(['lun-mer-ven', 'lun au ven', 'mar-jeu']))]),
              '%s vit seul%s et ne peut plus cuisiner de façon sécuritaire (oubli des ronds de poêle à deux reprises). '
              'Frais : l\'usag%s paiera à la livraison, mais je vous signale qu\'%s est prestataire du SRG ; '
              'le tarif réduit serait apprécié.' % (p.title('fr') + ' ' + p.surname, _e(p), 'ère' if p.sex == 'F' else 'er', p.pron('fr')[0]),
              ts.sig(c.rng)]
    return c.spec('popote', 'inscription popote roulante', ts, [ext('popote')], 'Inscription popote roulante', blocks,
                  {'patient_name', 'patient_contact', 'diagnosis', 'social_information'})


# --------------------------------------------------------------------------- 14. itinérance

def f_itinerance(c):
    p = c.pools.invented(c.rng, 28, 62, 'fr', sex='M')
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    dx, med = c.choice(DX_ADULT[:6])
    name = r.name(p, c.choice(['title', 'full', 'initial']))
    if name.startswith(('M. ', 'Mme ')) or '. ' in name:
        r.names.append(p.surname)
    blocks = ['Bonjour,',
              'Je cherche une place pour ce soir pour %s (dossier %s), %d ans, sans domicile fixe depuis juin '
              '(a perdu son logement suite à une éviction). Il dort habituellement au parc ou au refuge de la rue Wellington.' % (
                  name, c.mrn(p), p.age),
              'Raison de l\'hospitalisation : %s. Congé médical prévu aujourd\'hui avec %s.' % (dx, med),
              'Il n\'a plus ses cartes (RAMQ, NAS) ; nous avons amorcé les demandes de remplacement. Pas de revenu actuellement, '
              'demande d\'aide sociale à faire dès qu\'il aura une adresse postale (il accepte d\'utiliser celle du refuge).',
              'Est-ce qu\'un lit est disponible ? Je peux organiser le taxi.', ts.sig(c.rng)]
    return c.spec('itinerance', 'demande de place en refuge', ts, [ext('refuge')], c.choice(['Place ce soir ?', 'Référence – congé sans domicile']),
                  blocks, {'patient_name', 'mrn', 'diagnosis', 'medication', 'social_information'})


# --------------------------------------------------------------------------- 15. couverture (NIR / NISS)

def f_couverture(c, kind):
    p = c.pools.invented(c.rng, 20, 34, 'fr') if kind == 'nir' else c.pools.invented(c.rng, 50, 80, 'fr')
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    dob = c.dob(p)
    if kind == 'nir':
        ident = ('NIR', r.nir(c.rng, p, c.choice(['space', 'plain', 'key'])))
        ctx = 'ressortissant%s français%s en séjour (visa vacances-travail), arrivé%s en août' % (_e(p), 'e' if p.sex == 'F' else '', _e(p))
        regime = 'L\'entente France-Québec ne s\'applique pas à son statut ; l\'assurance voyage a été refusée (condition préexistante).'
    else:
        ident = ('NISS', r.niss(c.rng, p, c.choice(['official', 'plain', 'space'])))
        ctx = 'ressortissant%s belge venu%s rejoindre sa fille, en attente de la résidence permanente' % (_e(p), _e(p))
        regime = 'Pas encore admissible à la RAMQ (délai de carence) ; la mutualité belge demande une facture détaillée.'
    dx = c.choice(['AVC ischémique', 'infarctus du myocarde, angioplastie', 'fracture de la cheville opérée', 'pneumonie avec hospitalisation aux soins intensifs'])
    kv = [('Usager', r.name(p, c.choice(['upper_comma', 'full']))), ('Date de naissance', dob), ident, ('Dossier', c.mrn(p))]
    blocks = ['Bonjour,',
              'Pour votre dossier de facturation, voici les informations concernant l\'usag%s non assuré%s du %s :' % (
                  'ère' if p.sex == 'F' else 'er', _e(p), c.choice(['3e Est', '5e Sud', 'SI'])),
              kv_text(kv),
              'Situation : %s. Hospitalisation depuis le %s pour %s.' % (ctx, c.short(c.earlier(3, 15)), dx),
              regime + ' La famille ne peut assumer les frais ; j\'ai discuté d\'une entente de paiement.',
              ts.sig(c.rng)]
    return c.spec('couverture', 'usager non assuré (%s), facturation' % kind.upper(), ts, [ext('facturation')],
                  'Usager non assuré – %s' % c.choice(['dossier à ouvrir', 'infos pour facturation', kind.upper()]), blocks,
                  {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'social_information'})


def f_couv_nir(c):
    return f_couverture(c, 'nir')


def f_couv_niss(c):
    return f_couverture(c, 'niss')


# --------------------------------------------------------------------------- 16. pharmacie

def f_pharmacie(c):
    p = c.patient(45, 92, p_holder=0.9)
    ts = c.staff(c.choice(['Infirmière de liaison', 'Travailleuse sociale']))
    r = c.rec
    meds = c.rng.sample(['Eliquis 5 mg BID', 'metformine 500 mg BID', 'Lasix 40 mg DIE', 'Synthroid 0,088 mg DIE',
                         'ramipril 5 mg DIE', 'Seroquel 25 mg HS', 'pantoprazole 40 mg DIE', 'donépézil 10 mg DIE',
                         'Lipitor 20 mg HS', 'vitamine D 10 000 UI/sem'], 5)
    kv = [('Nom', r.name(p, c.choice(['upper_comma', 'title_full']))), ('DDN', c.dob(p)), ('Tél.', c.phone(p))]
    if p.nam and c.chance(0.75):
        kv.insert(2, ('NAM', r.nam(p, c.choice(['space', 'plain', 'lower']))))
    blocks = ['Bonjour,',
              'Congé prévu demain. Pouvez-vous préparer les médicaments en pilulier hebdomadaire (dispill) et organiser la livraison ?',
              kv_text(kv), 'Médication au congé :\n' + '\n'.join('- ' + m for m in meds),
              'Changements : %s cessé, %s nouveau.' % (c.choice(['Ativan', 'Coversyl', 'glyburide']), meds[0].split(' ')[0]),
              'L\'usag%s est prestataire de l\'aide sociale (carnet de réclamation valide) et vit seul%s ; le SAD passera '
              'vérifier la prise le matin.' % ('ère' if p.sex == 'F' else 'er', _e(p)),
              ts.sig(c.rng)]
    return c.spec('pharmacie', 'dispill et livraison au congé', ts, [ext('pharm')], 'Dispill – congé demain', blocks,
                  {'patient_name', 'date_of_birth', 'medication', 'patient_contact', 'social_information'})


# --------------------------------------------------------------------------- 17. labo / suivi infirmier

def f_labo(c):
    p = c.patient(50, 95, p_holder=0.9)
    ts = c.staff('Infirmière de liaison')
    r = c.rec
    inr = c.choice(['3,8', '4,1', '1,4', '3,3'])
    dose = c.choice(['2 mg', '2,5 mg', '4 mg'])
    d1, d2 = c.earlier(0, 2), c.later(2, 4)
    ident = '%s, %s' % (r.name(p, c.choice(['upper_comma', 'rev'])), c.dob(p))
    if p.nam:
        ident += ', NAM %s' % r.nam(p, c.choice(['space', 'plain', 'hyphen', 'fullwidth']))
    lines = ['INR %s le %s (cible 2-3) → Coumadin ajusté à %s DIE' % (inr, c.short(d1), dose),
             'Créat %d µmol/L, K+ %s, Hb %d g/L' % (c.rng.randint(95, 180), c.choice(['5,4', '3,3', '4,6']), c.rng.randint(88, 125)),
             'Prochain INR à domicile le %s, résultat à faxer au Dr en GMF' % c.d(d2, True)]
    blocks = ['Bonjour,', 'Suivi pour l\'usag%s qui retourne à domicile avec vos services :' % ('ère' if p.sex == 'F' else 'er'), ident,
              '\n'.join(lines),
              'Vit seul%s ; la voisine a une clé. Attention : peu fiable pour la prise de la médication, pilulier recommandé.' % _e(p),
              ts.sig(c.rng)]
    return c.spec('suivi_labo', 'suivi INR pour infirmière SAD', ts, [ext('clsc_bat'), c.staff('Infirmière de liaison')],
                  c.choice(['INR à suivre à domicile', 'Suivi labo – congé', 'Prélèvement à domicile %s' % c.short(d2)]), blocks,
                  {'patient_name', 'date_of_birth', 'lab_result', 'medication', 'social_information'})


# --------------------------------------------------------------------------- 18. réponse avec citation

def f_reponse(c):
    p = c.patient(55, 95, p_holder=0.2)
    ts_h = c.staff('Travailleuse sociale')
    ts_c = c.staff('Travailleuse sociale')
    ts_c.site = c.choice(C.CLSCS[:2])
    r = c.rec
    dx, _ = c.choice(DX_AGE)
    dx = dx.replace('{d}', c.short(c.earlier(3, 9)))
    nm = r.name(p, c.choice(['title_full', 'upper_comma', 'full']))
    orig = ['Bonjour,', 'Je vous réfère %s, %d ans, %s, pour un suivi psychosocial après son congé du %s.' % (
        nm, p.age, dx, c.d(c.earlier(0, 3))),
            'Enjeux : %s. %s.' % (c.choice(SOC_AGE), c.choice(['Refus de l\'hébergement', 'Deuil récent du conjoint', 'Conflit familial autour de la procuration'])),
            'Téléphone : %s' % c.phone(p), ts_h.sig(c.rng, short=True)]
    when = c.earlier(1, 4)
    vis = c.later(2, 8)
    blocks = ['Bonjour %s,' % ts_h.given,
              'Bien reçu. Le dossier est attribué à %s (TS, équipe SAPA). Une première visite à domicile est prévue le %s en après-midi.' % (
                  ts_c.name, c.d(vis, True)),
              'Bonne journée,', ts_c.sig(c.rng, short=True),
              ('quote', reply_attr(c, (ts_h.name, ts_h.email), when), orig)]
    subj = 'RE: ' + c.choice(['Référence psychosociale – congé', 'Référence – %s' % p.name('rev', 'fr')])
    return c.spec('reponse_referral', 'réponse citant une référence', ts_c, [ts_h], subj, blocks,
                  {'patient_name', 'diagnosis', 'social_information', 'patient_contact'}, reply=True)


# --------------------------------------------------------------------------- 19. rapport régime de protection (DOCX)

def f_rapport_protection(c):
    p = c.patient(55, 95, p_holder=0.9)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    kv = [('Nom de la personne visée', r.name(p, 'full')), ('Date de naissance', c.dob(p))]
    if p.nam:
        kv.append(('NAM', r.nam(p, c.choice(['space', 'plain']))))
    kv += [('Sexe', p.sex), ('Adresse', p.full_address('fr')), ('Milieu de vie actuel', 'CH – unité de gériatrie')]
    doc = A.make_docx('Rapport d\'évaluation psychosociale – ouverture d\'un régime de protection',
                      [('kv', kv),
                       ('h', 'Motif'), 'Demande d\'ouverture d\'une tutelle au majeur (biens et personne).',
                       ('h', 'Situation médicale'), 'TNC majeur, MMSE 14/30. Désorientation, incapacité à gérer ses finances (chèques sans provision, comptes impayés).',
                       ('h', 'Réseau'), 'Aucun enfant. Un frère à Gaspé, âgé et malade. Voisine aidante mais refuse d\'être tutrice.',
                       ('h', 'Biens'), 'Maison unifamiliale (valeur municipale 212 000 $), REER, rente de retraite. Taxes municipales en souffrance.',
                       ('h', 'Recommandation'), 'Tutelle confiée au Curateur public ; degré d\'inaptitude : partiel, révision dans 3 ans.'],
                      author=ts.name)
    fn = c.choice(['EPS_regime_protection_%s.docx' % fname_part(p, 'us'), 'Rapport EPS %s.docx' % fname_part(p, 'accent').replace('_', ' ')])
    blocks = ['Bonjour,', 'Voici la version finale du rapport pour la requête. La signature électronique est au bas de la page 3.',
              'Le rapport médical a été envoyé séparément par le médecin.', ts.sig(c.rng)]
    return c.spec('regime_protection', 'rapport psychosocial en DOCX (nom dans le fichier)', ts, [ext('curateur')],
                  c.choice(['Rapport EPS – requête', 'Requête tutelle – rapport psychosocial', 'Documents demandés']), blocks,
                  {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'social_information'},
                  atts=[docx_att(fn, doc, style=c.choice([None, '2231', '2231c']))])


# --------------------------------------------------------------------------- 20. ZIP de documents

def f_zip(c):
    p = c.patient(60, 95, p_holder=0.9)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    ident = ident_lines(c, p, with_addr=c.chance(0.5), with_mrn=True, name_style='full')
    pdf = A.make_pdf('Évaluation psychosociale – homologation', [('kv', ident),
                     'Inaptitude constatée : TNC majeur (évaluation médicale jointe au dossier du tribunal).',
                     'Mandataire : %s (neveu). Aucune opposition connue.' % C.ext_person(c.rng)], author=ts.name)
    note = ('Liste des pièces\n1. Évaluation psychosociale\n2. Copie du mandat notarié (1998)\n3. Preuve de résidence\n'
            'Usager : %s\n' % p.name('full')).encode('utf-8')
    members = [('Evaluation_psychosociale.pdf', pdf), ('liste_des_pieces.txt', note)]
    z = A.make_zip(members)
    fn = c.choice(['Homologation_%s.zip' % fname_part(p, 'us'), 'documents_homologation.zip'])
    blocks = ['Maître,', 'Vous trouverez en pièce jointe (archive) les documents demandés pour le dossier d\'homologation. '
              'Le mot de passe vous sera transmis par téléphone.' if c.chance(0.3) else
              'Vous trouverez en pièce jointe les documents demandés pour le dossier d\'homologation.',
              'Cordialement,', ts.sig(c.rng)]
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'social_information', 'mrn'}
    if any(k == 'Adresse' for k, _ in ident):
        types.add('patient_contact')
    return c.spec('zip_documents', 'archive ZIP de documents d\'homologation', ts, [ext('notaire')],
                  'Documents – homologation', blocks, types, atts=[zip_att(fn, z)])


# --------------------------------------------------------------------------- 21. vCard

def f_vcard(c):
    p = c.patient(60, 95, p_holder=0.3)
    ts = c.staff('Infirmière de liaison')
    r = c.rec
    r.names.append(p.name('full'))
    note = c.choice(['Usager SAD. Pansement ulcère veineux jambe G 3x/sem. Vit seul(e), clé chez la voisine (app. 2).',
                     'Usager SAD. Diabète type 2 insulinotraité, glycémies à vérifier. Conjoint atteint de TNC, ne pas se fier à lui pour les messages.',
                     'Usager SAD. Oxygène 2 L, fumeur ; risque incendie discuté. Fille répondante : voir dossier.'])
    vcf = A.make_vcf(p.given, p.surname, tel_home=p.phone, adr=(p.address, p.city, 'QC', p.postal, 'Canada'), note=note)
    blocks = ['Salut,', 'Je t\'envoie la fiche contact pour ta première visite demain (congé aujourd\'hui à 14 h).',
              'Merci!', ts.sig(c.rng, short=True)]
    return c.spec('vcard', 'fiche contact vCard d\'un usager SAD', ts, [c.staff('Infirmière de liaison')],
                  c.choice(['Fiche contact – 1re visite', 'Coordonnées pour la visite de demain']), blocks,
                  {'patient_name', 'patient_contact', 'diagnosis', 'social_information'},
                  atts=[Att('%s.vcf' % fname_part(p, 'dash'), vcf, c.choice(['text/vcard', 'text/x-vcard']), charset='utf-8')])


# --------------------------------------------------------------------------- 22. courriel de famille transféré (.eml)

def f_eml_fwd(c):
    p = c.patient(70, 95, p_holder=0.2)
    ts, col = c.staff('Travailleuse sociale'), c.staff('Travailleuse sociale')
    r = c.rec
    child = '%s %s' % (c.choice(['Sylvie', 'Manon', 'Denis', 'Marc', 'Johanne']), p.surname)
    cmail = C.email_of(child, 'courriel.example')
    inner_blocks = ['Bonjour %s,' % ts.name,
                    'Je vous écris au sujet de ma mère, %s, qui est au 4e étage depuis sa chute. Je ne crois pas qu\'elle puisse '
                    'retourner seule à la maison : elle oublie de manger, elle a laissé le four allumé la semaine passée et '
                    'elle prend mal ses pilules pour le cœur.' % r.name(p, c.choice(['full', 'title_full'])) if p.sex == 'F' else
                    'Je vous écris au sujet de mon père, %s, qui est au 4e étage depuis sa chute. Je ne crois pas qu\'il puisse '
                    'retourner seul à la maison : il oublie de manger, il a laissé le four allumé la semaine passée et '
                    'il prend mal ses pilules pour le cœur.' % r.name(p, c.choice(['full', 'title_full'])),
                    'De mon côté je suis en arrêt de travail pour épuisement et je ne peux pas l\'héberger. Mon frère refuse de s\'impliquer. '
                    'Est-ce qu\'une place en résidence est possible ?', 'Merci de votre aide,', child, C.fmt_phone(C.phone(c.rng), 'paren')]
    inner = Spec('x', 'fr', '', (child, cmail), [(ts.name, ts.email)], 'Ma mère – retour à la maison ?' if p.sex == 'F' else 'Mon père – retour à la maison ?',
                 inner_blocks)
    _, dstr = C.stamp(c.rng, c.earlier(1, 4))
    raw = M.build(inner, {'charset': c.choice(['utf-8', 'iso-8859-1']), 'cte': 'quoted-printable', 'hcte': 'quoted-printable',
                          'eol': 'lf', 'client': 'apple', 'body': 'plain', 'names': 'q-utf-8', 'subj': 'q-utf-8',
                          'fname': 'plain', 'acte': 'base64'}, '<%s>' % c.uid('fam', 'courriel.example'), dstr)
    blocks = ['Salut %s,' % col.given, 'Je te transfère le courriel reçu de la famille, pour la rencontre de lundi. '
              'À noter qu\'on a un risque d\'épuisement de l\'aidante ET un refus de l\'usager.' if p.sex == 'F' else
              'Je te transfère le courriel reçu de la famille, pour la rencontre de lundi. On a un aidant épuisé et un usager qui refuse.',
              ts.sig(c.rng, short=True)]
    return c.spec('courriel_famille', 'courriel de la famille joint en .eml', ts, [col], 'TR: courriel de la famille', blocks,
                  {'patient_name', 'diagnosis', 'social_information'},
                  atts=[Att('Courriel famille.eml', raw, 'message/rfc822')])


# --------------------------------------------------------------------------- 23. nom seulement dans l'objet

def f_sujet_seul(c):
    p = c.patient(60, 95, p_holder=0.2)
    ts, col = c.staff('Travailleuse sociale'), c.staff('Infirmière de liaison')
    r = c.rec
    k = c.rng.randrange(3)
    if k == 0:
        subj = 'RE: %s' % r.name(p, 'rev')
    elif k == 1:
        subj = '%s – suivi' % r.name(p, 'upper_comma')
    else:
        subj = 'Re: %s (ch. %s)' % (r.name(p, 'title'), p.room)
    blocks = [c.choice(['Finalement', 'Bon,', 'Mise à jour :']) + ' %s retourne chez %s %s. La fille refuse de l\'héberger et la RPA '
              'demande un dépôt que la famille ne peut pas payer.' % (p.pron('fr')[0], 'elle' if p.sex == 'F' else 'lui', c.d(c.later(1, 4), True)),
              'PAB le matin 7 jours, INR à refaire lundi (%s hier), et je relance la demande au programme d\'allocation directe.' % c.choice(['3,6', '1,5', '4,0']),
              'On se parle après la tournée.', ts.given]
    return c.spec('suivi_bref', 'suivi court, nom seulement dans l\'objet', ts, [col], subj, blocks,
                  {'patient_name', 'social_information', 'lab_result'}, reply=subj.lower().startswith('re'))


# --------------------------------------------------------------------------- 24. note rapide en minuscules

def f_minuscule(c):
    p = c.pools.invented(c.rng, 55, 90, 'fr', sex='M')
    ts, col = c.staff('Travailleuse sociale'), c.staff('Agente administrative')
    r = c.rec
    nm = r.name(p, c.choice(['lower', 'lower_rev']))
    blocks = ['%s (ch %s) — pas de répondant, famille injoignable, on ouvre une demande au curateur public. tu peux vérifier au registre '
              'des mandats s\'il en a un? aussi il a une dette d\'hydro de 1800$ et son proprio veut reprendre le logement' % (nm, p.room),
              'merci!! ' + ts.given.lower()]
    return c.spec('note_rapide', 'note rapide en minuscules', ts, [col], c.choice(['vérif registre svp', 'petite vérif', 'registre mandats']),
                  blocks, {'patient_name', 'social_information'}, prefer='plain')


# --------------------------------------------------------------------------- 25. décès sans proche

def f_deces(c):
    p = c.patient(65, 97, p_holder=0.9)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    kv = [('Défunt%s' % _e(p), r.name(p, 'upper_comma')), ('Date de naissance', c.dob(p)), ('Dossier', c.mrn(p))]
    if p.nam:
        kv.insert(2, ('NAM', r.nam(p, 'space')))
    blocks = ['Bonjour,', 'Je vous avise du décès ce matin de l\'usag%s suivant%s, sans proche connu :' % ('ère' if p.sex == 'F' else 'er', _e(p)),
              kv_text(kv),
              'Cause : %s. Aucun testament ni arrangement préalable trouvé dans ses effets. Ses revenus se limitaient à la PSV et au SRG ; '
              'il reste environ 640 $ au compte. Pouvez-vous nous indiquer la marche à suivre pour la disposition du corps '
              '(prestation de décès RRQ, entreprise funéraire désignée) ?' % c.choice(['pneumonie d\'aspiration', 'insuffisance cardiaque terminale', 'néo pulmonaire']),
              ts.sig(c.rng)]
    return c.spec('deces', 'décès d\'un usager sans proche', ts, [ext('curateur')], 'Décès – usag%s sans proche' % ('ère' if p.sex == 'F' else 'er'),
                  blocks, {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'social_information'})


TEMPLATES = [(f_popote, 2), (f_itinerance, 2), (f_couv_nir, 1), (f_couv_niss, 1), (f_pharmacie, 2), (f_labo, 2),
             (f_reponse, 2), (f_rapport_protection, 2), (f_zip, 2), (f_vcard, 2), (f_eml_fwd, 2), (f_sujet_seul, 2),
             (f_minuscule, 2), (f_deces, 1)]


# --------------------------------------------------------------------------- 26. dossier seulement (sans nom)

def f_mrn_seul(c):
    p = c.pools.invented(c.rng, 55, 95, 'fr')
    ts = c.staff('Infirmière de liaison')
    col = c.staff('Agente administrative')
    hb = c.rng.randint(68, 82)
    blocks = ['Bonjour %s,' % col.given,
              'Dossier %s (%s, lit %s) : le congé de demain est reporté. Hb %d ce matin (anémie, 2 culots prévus), hémocultures '
              'en attente. Peux-tu annuler le transport adapté réservé pour %s et aviser le CLSC que la première visite SAD est à '
              'reporter ?' % (c.mrn(p), c.choice(['4e Nord', '3e Est', '5e Sud']), p.room + p.bed, hb, c.d(c.later(1, 2), True)),
              'Merci !', ts.sig(c.rng, short=True)]
    return c.spec('conge_reporte', 'congé reporté, identifié par le n° de dossier', ts, [col],
                  c.choice(['Congé reporté – annuler transport', 'Annulation transport demain']), blocks,
                  {'mrn', 'lab_result', 'diagnosis'})


# --------------------------------------------------------------------------- 27. prénom seulement, contexte clair

def f_prenom(c):
    p = c.pools.invented(c.rng, 60, 95, 'fr')
    ts = c.staff('Infirmière de liaison')
    col = c.staff('Travailleuse sociale')
    c.rec.names.append(p.given)
    g = c.choice(['2,8', '3,1', '19,4'])
    blocks = ['Salut %s,' % col.given,
              'Petite info pour ta rencontre avec la famille : %s au %s a fait une hypoglycémie à %s cette nuit (glycémie %s), la Lantus '
              'est réduite à 14 u HS. Le Dr veut 48 h de stabilité avant le départ vers la RI, donc pas avant %s.' % (
                  p.given, p.room + p.bed, c.choice(['3 h', '4 h 30', '2 h']), g, c.d(c.later(2, 4), True)),
              ts.given]
    return c.spec('note_rapide', 'note brève, prénom et chambre seulement', ts, [col], 'Départ RI – ch. %s' % p.room, blocks,
                  {'patient_name', 'lab_result', 'medication', 'diagnosis'}, prefer='plain')


# --------------------------------------------------------------------------- 28. usager ontarien (carte Santé)

def f_ontario_fr(c):
    p = c.pools.invented(c.rng, 40, 90, 'fr', ontario=True)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    hc = r.ohip(c.rng, c.choice(['hyphen', 'space', 'plain']), c.choice(['', 'BK', 'TN']))
    dx, med = c.choice(DX_AGE[:6])
    dx = dx.replace('{d}', c.short(c.earlier(3, 9)))
    kv = [('Nom', r.name(p, c.choice(['upper_comma', 'full']))), ('Date de naissance', c.dob(p)),
          ('Carte Santé de l\'Ontario', hc), ('Adresse', p.full_address('fr')), ('Téléphone', c.phone(p))]
    usager = 'une usagère franco-ontarienne hospitalisée' if p.sex == 'F' else 'un usager franco-ontarien hospitalisé'
    conj = 'son conjoint, lui-même suivi' if p.sex == 'F' else 'sa conjointe, elle-même suivie'
    blocks = ['Bonjour,', 'Nous avons %s chez nous qui retournera à domicile dans '
              'votre territoire le %s :' % (usager, c.d(c.later(2, 6), True)), kv_text(kv),
              'Diagnostic : %s. Médication au congé : %s.' % (dx, med),
              'Situation : vit avec %s en oncologie ; aucun autre proche à proximité. Demande de soins '
              'infirmiers et de PSSP à domicile dès le retour.' % conj, ts.sig(c.rng)]
    return c.spec('reference_ontario', 'référence interprovinciale avec carte Santé', ts,
                  [('Soins à domicile et en milieu communautaire de l\'Est', 'aiguillage@soins-est.example')],
                  'Référence interprovinciale – retour à domicile', blocks,
                  {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'medication', 'social_information'})


TEMPLATES = TEMPLATES + [(f_mrn_seul, 1), (f_prenom, 1), (f_ontario_fr, 1)]
