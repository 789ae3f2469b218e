"""Clinical vocabulary pools (synthetic), used by positive and negative templates."""

HF_DX_EN = ['HFrEF, LVEF 25%', 'ischemic cardiomyopathy, LVEF 30%', 'HFpEF with AF',
            'non-ischemic dilated cardiomyopathy (LVEF 20-25%)', 'decompensated heart failure',
            'HFmrEF, LVEF 45%', 'cardiac amyloidosis (ATTR suspected)']
HF_DX_FR = ['IC à FEVG réduite (FE 25 %)', 'cardiomyopathie ischémique, FEVG 30 %',
            'insuffisance cardiaque décompensée', 'IC à FE préservée avec FA',
            'cardiomyopathie dilatée non ischémique']
HF_MEDS = ['sacubitril/valsartan 49/51 mg BID', 'bisoprolol 5 mg daily', 'spironolactone 25 mg daily',
           'dapagliflozin 10 mg daily', 'furosemide 40 mg BID', 'empagliflozin 10 mg daily',
           'metoprolol succinate 100 mg daily', 'eplerenone 25 mg daily', 'ivabradine 5 mg BID']
HF_MEDS_FR = ['sacubitril/valsartan 49/51 mg BID', 'bisoprolol 5 mg DIE', 'spironolactone 25 mg DIE',
              'dapagliflozine 10 mg DIE', 'furosémide 40 mg BID', 'empagliflozine 10 mg DIE']
HF_LABS = ['NT-proBNP 3,450 ng/L', 'NT-proBNP 8,912 ng/L', 'creatinine 168 umol/L', 'K+ 5.6 mmol/L',
           'Na 131 mmol/L', 'eGFR 38', 'hemoglobin 98 g/L', 'ferritin 42 ug/L, TSAT 14%']
AC_DX_EN = ['atrial fibrillation', 'mechanical mitral valve (On-X)', 'provoked DVT/PE',
            'paroxysmal AF, CHA2DS2-VASc 4', 'LV thrombus post anterior MI', 'atrial flutter post ablation']
AC_DX_FR = ['fibrillation auriculaire', 'valve mitrale mécanique', 'TVP/EP provoquée',
            'FA paroxystique, CHA2DS2-VASc 4', 'thrombus VG post-IDM antérieur']
SLEEP_DX_EN = ['severe obstructive sleep apnea', 'moderate OSA', 'central sleep apnea with Cheyne-Stokes',
               'obesity hypoventilation syndrome', 'OSA, REM-predominant', 'narcolepsy type 1 (suspected)']
SLEEP_DX_FR = ['apnée obstructive du sommeil sévère', 'SAOS modéré', 'apnée centrale (Cheyne-Stokes)',
               'syndrome obésité-hypoventilation']
RESP_DX_EN = ['COPD GOLD 3', 'COPD with chronic hypoxemia', 'idiopathic pulmonary fibrosis',
              'severe persistent asthma', 'bronchiectasis', 'pulmonary hypertension group 3',
              'sarcoidosis stage II']
RESP_DX_FR = ['MPOC GOLD 3', 'MPOC avec hypoxémie chronique', 'fibrose pulmonaire idiopathique',
              'asthme sévère', 'bronchiectasies', 'hypertension pulmonaire groupe 3']
CS_PROC_EN = ['CABG x3', 'CABG x4 (LIMA-LAD)', 'AVR (bioprosthetic) for severe AS', 'mitral valve repair',
              'AVR + CABG x2', 'ascending aortic aneurysm repair (5.6 cm)', 'Bentall procedure', 'TAVI']
CS_PROC_FR = ['pontages coronariens x3', 'RVA biologique pour sténose aortique sévère',
              'plastie mitrale', 'RVA + pontages x2', 'TAVI']
CARD_DX_EN = ['NSTEMI', 'inferior STEMI', 'unstable angina', 'syncope NYD', 'complete heart block',
              'new AF with RVR', 'pericarditis', 'severe aortic stenosis', 'VT storm']
CARD_DX_FR = ['IAMSEST', 'IAMEST inférieur', 'angine instable', 'syncope à investiguer',
              'BAV complet', 'FA rapide de novo', 'péricardite', 'sténose aortique sévère']
